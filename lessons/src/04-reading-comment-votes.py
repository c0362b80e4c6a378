# %% [markdown]
# # Reading comment votes
#
# Under the story, readers voted on each other's comments: up if they agreed, down if not.
# The site uses those votes to decide which comments to show first.
# Today you will read the numbers, try different ranking rules, and ask what votes can and cannot tell you.
#
# Run each cell in order with **Shift + Enter**. Your answers are saved as you go.

# %% [markdown] tags=["instructor"]
# **Instructor note.** Goal: students read up, down and net votes, see that a ranking rule decides
# what most readers read, and learn that votes measure agreement, not truth. About 40 minutes.
# If students labeled the comments in lesson 02, the table's `checkable_claim` column uses their labels.

# %%
import kit

votes = kit.votes()
quiz = kit.activity("votes")
votes.table()

# %% [markdown]
# ## What the numbers mean
#
# A vote line such as `6 ( +7 / -1 )` means 7 readers voted up, 1 voted down, and the **net** score is 7 - 1 = 6.
#
# - **total** = up + down: how many people voted.
# - **approval** = up / total: the share who voted up.
# - **Wilson lower bound**: a careful guess at the share of up votes that allows for small numbers.
#   With few votes it stays low, because a few votes could easily be luck. (95% confidence.)
# - **controversy** = (up + down) / max(|up - down|, 1): high when many votes split evenly.
# - **small_total** is True when fewer than 10 people voted. Treat those numbers with care.
# - **polarity** and **subjectivity** are TextBlob's tone scores from lesson 02.

# %% [markdown]
# ## The winners and the losers
#
# Here are the comments in order of net score, highest first.

# %%
votes.ranking("net score")

# %%
quiz.ask("most-up")

# %%
quiz.ask("most-down")

# %% [markdown] tags=["instructor"]
# **Instructor note.** The two down-voted comments are the joke (#6) and the only comment that
# agrees with the plan (#9). Ask: did readers vote on facts or on agreement? Point out that #4,
# the longest and most detailed comment, gets fewer votes than the one-line "Wow".

# %% [markdown]
# ## Ranking rules: who decides what you read first?
#
# Most readers only read the first few comments. So the rule that orders them matters.
# The kit knows four rules:
#
# 1. **posting order**: oldest first.
# 2. **net score**: most up minus down first.
# 3. **Wilson lower bound**: highest careful share of up votes first.
# 4. **controversy**: most evenly split first.
#
# Before you look, make two predictions.

# %%
quiz.ask("predict-third-net")

# %%
quiz.ask("predict-controversy")

# %% [markdown]
# Now check. This table shows the first three comments under each rule.

# %%
votes.top()

# %% [markdown]
# ## Explore
#
# Pick a chart and a ranking rule. Click a bar or a dot to read that comment.
# Read the note under each chart: it says what the chart cannot prove.

# %%
votes.explorer()

# %% [markdown]
# ## Small numbers
#
# A comment with one vote has 100% approval. Does that mean much?

# %%
quiz.ask("one-vote")

# %% [markdown]
# ## Talk about it
#
# - Early comments are seen by more readers. Is it fair that they collect more votes?
# - Should a site show the vote counts at all? What would change if it hid them?
# - Who should decide the ranking rule: the site, the readers, or each reader for themselves?
# - A comment was voted down. Does that make it wrong?

# %%
quiz.ask("bandwagon")

# %%
quiz.status()

# %% [markdown] tags=["instructor"]
# **Instructor note: worked discussion.**
#
# - *Posting order vs. net score*: the top three barely change (#1 and #2 stay), but #3 drops from third
#   to seventh by net score and #8 rises to third. Early posting helps: #1 and #2 were first and got the most votes.
# - *Wilson*: it ranks by how sure we can be that readers liked a comment. #11 (1 of 1 up) has 100%
#   approval but a lower bound of only 0.21, so it ranks ninth. With 12 comments and at most 10 votes each,
#   every number here is small: all but comment 1 are flagged `small_total`.
# - *Controversy*: only #5 drew votes on both sides, so it tops the rule; all others tie at 1 and keep
#   posting order. Note for curious students: reddit's own code scores controversy as
#   (up + down) to the power of (smaller / larger), which gives 0 to one-sided comments.
# - *Bandwagons and moderation*: sites try random order, newest first, hiding counts for the first hour,
#   or "confidence" rules like Wilson. Each choice changes what most readers read.

# %% tags=["instructor"]
quiz.answer_key()
