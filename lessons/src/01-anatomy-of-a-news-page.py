# %% [markdown]
# # The anatomy of a news page
#
# A news page is made of many parts. Different people made each part.
# Today you will find out who made what, and which parts you can trust for what.
#
# Run each cell in order with **Shift + Enter**. Your answers are saved as you go.

# %% [markdown] tags=["instructor"]
# **Instructor note.** Goal: students tell apart the story, the headline, the photo,
# the site's own material and the reader comments, and learn that a wire story
# can appear on a site that did not report it. About 30 minutes.
# Self-check is on unless you set `KIT_SELF_CHECK=off`. The key is at the end.

# %%
import kit

article = kit.load_article("china-counter-espionage")
quiz = kit.activity("anatomy")
quiz

# %% [markdown]
# ## 1. Who wrote it, and who showed it to you?
#
# Many news sites do not write all their stories. They buy some from a **news agency**
# (also called a wire service), such as Reuters, AP or AFP.
# Look for clues at the end of the story and around the comment box.

# %%
kit.show(article, comments=False)

# %%
quiz.ask("who-reported")

# %%
quiz.ask("who-published")

# %% [markdown]
# The kit found the same clues. Run the cell to see what it read from the page.

# %%
print("Wire service:", article.wire_service, "|", article.wire_copyright)
print("Website:", article.outlet, "|", article.site_copyright)

# %% [markdown] tags=["instructor"]
# **Instructor note.** Reuters wrote the story; JapanToday (run by GPlusMedia) republished it,
# chose the photo and runs the comments. Ask: who is to blame if the headline is misleading?
# Often the site, since sites may write their own headlines.

# %% [markdown]
# ## 2. Headline and body
#
# A headline has to be short. Sometimes it says more than the story does.
# Compare the headline with the first paragraph.

# %%
print("HEADLINE:", article.headline)
print()
print("FIRST PARAGRAPH:", article.body[0].text)

# %%
quiz.ask("headline-vs-body")

# %% [markdown]
# ## 3. The photo
#
# The kit does not show the photo itself, but it shows the caption: the words under the photo.
# Read the caption and its date.

# %%
print("Photo title:", article.image.title)
print("Caption:", article.image.caption)
print("Credit:", article.image.credit)

# %%
quiz.ask("photo")

# %%
quiz.ask("photo-effect")

# %% [markdown] tags=["instructor"]
# **Instructor note.** The caption is dated May 18, 2022 and describes a COVID-testing line.
# The story is from 2023 and is about spying. A "FILE PHOTO" is an old picture reused.
# Good discussion: does the crowd and the flag make the story feel more threatening?

# %% [markdown]
# ## 4. Where the reporting ends
#
# Below the story, the page changes. Copyright lines, a login box, then comments from readers.
# Scroll back to the page above and find the line where the story ends.

# %%
quiz.ask("reporting-ends")

# %% [markdown]
# Here is what the kit set aside as the site's own text, not part of the story.
# The number on the left is the line in the copied page.

# %%
for line in article.site_text:
    print(line.line, line.text)

# %% [markdown]
# ## 5. Count the comments
#
# The page says how many comments it has. Does it add up? Read the notes the kit wrote
# when it read the page.

# %%
for note in article.import_notes:
    print(note.message)

# %%
quiz.ask("comment-count")

# %% [markdown]
# Now look at the comments themselves, with their votes.

# %%
kit.show(article)

# %%
quiz.ask("comment-vs-report")

# %% [markdown] tags=["instructor"]
# **Instructor note.** The page announces 12 comments but has 11 vote lines. The first block
# has four short parts that could be two comments; a comment may also have been deleted.
# Point out that the kit says so instead of hiding it: numbers on a page are claims too.

# %% [markdown]
# ## Your progress
#
# Run this cell to see how many answers you have saved.

# %%
quiz.status()

# %% [markdown]
# ## Talk about it
#
# - Who decides what a headline says? Who decides which photo goes with a story?
# - Why might a site put a comment section under a serious news story?
# - Next lesson: you will sort the story's sentences into facts, opinions and claims.

# %% [markdown] tags=["instructor"]
# **Instructor note.** Every answer, with the explanation students see when they check:

# %% tags=["instructor"]
quiz.answer_key()
