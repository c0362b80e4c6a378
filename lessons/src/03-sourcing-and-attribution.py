# %% [markdown]
# # Sourcing and attribution
#
# A reporter cannot see everything. So most news says **who** told the reporter: "the ministry said",
# "according to a report". That is called **attribution**. Today you will ask of every sentence:
# who is speaking here? Are they named? Whose voice is missing?
#
# Run each cell in order with **Shift + Enter**. Your work is saved as you go.

# %% [markdown] tags=["instructor"]
# **Instructor note.** Goal: students find each source, tell named from unnamed and anonymous sources,
# notice vague collective sources ("Beijing", "Western nations"), see whose voice is missing, and
# compare with a practice article that is sourced very differently. About 50 minutes.
# The practice article is invented: it says so at the top wherever it is shown. The kit's extractor
# finds sources by rules; it agrees with the key on all attributions of both articles.

# %%
import kit

sourcing = kit.sourcing()
quiz = kit.activity("sourcing-talk")
sourcing.article_view()

# %% [markdown]
# ## Who is speaking?
#
# Each underlined sentence has a source. The colour shows the source's **side**. Move your mouse over a
# sentence to see who it is. A shaded sentence has no source: the reporter says it in their own voice.

# %%
quiz.ask("most-heard")

# %% [markdown]
# Here is every attribution the kit found. The **cue** is the word that shows someone said it.
# **kind** tells if the words are quoted exactly (direct), retold (indirect), or both (mixed).

# %%
sourcing.table()

# %% [markdown]
# ## Check the kit's work
#
# The kit finds sources with simple rules, and rules can be wrong.
# For each attribution, press **Confirm** if the suggestion is right.
# If it is wrong, change the source, type or side: your correction is saved as you make it.

# %%
sourcing.reviewer()

# %% [markdown]
# ## Named or not?
#
# A **named** source can be checked: you can look up what they said. An unnamed official, an anonymous
# source, or a vague "Western nations" is harder to check. This chart counts each side's voice.

# %%
sourcing.voices_figure()

# %%
quiz.ask("us-view")

# %% [markdown]
# ## Countries that talk
#
# News often says a country or its capital did the talking: "Beijing has rejected", "Western nations accuse".
# A country cannot speak. Some person or office did.

# %%
quiz.ask("beijing")

# %% [markdown]
# ## Claims with no source
#
# Some sentences give no source at all. The orange bars below are sentences in the reporter's own voice.
# A black outline marks a claim a careful reader would want sourced.

# %%
sourcing.unattributed_figure()

# %%
quiz.ask("missing-voice")

# %% [markdown]
# ## Compare with a practice article
#
# This short article was **written for the kit** to practise on. It is not real news.
# Read it, and notice who speaks.

# %%
practice = kit.sourcing("practice-river-fish")
practice.article_view()

# %% [markdown]
# The charts compare the two articles and the reader comments under the first one.

# %%
sourcing.type_share_figure()

# %%
sourcing.named_figure()

# %%
quiz.ask("anonymous")

# %% [markdown]
# ## Rate the sources: IMVAIN
#
# For each source, tick what is true:
# **I**ndependent (no stake in the story), **M**ultiple (others say the same), **V**erifies (shows evidence),
# **A**uthoritative or informed (in a position to know), **N**amed.

# %%
sourcing.imvain()

# %% [markdown]
# ## Trace it to the original
#
# Fact checkers use a move called **trace claims to the original**. A news story retells what someone said.
# The original may say more, or something different.

# %%
quiz.ask("trace")

# %%
quiz.status()

# %% [markdown]
# ## Talk about it
#
# - Why might a wire story rely on a government's own words?
# - When is it fair to use an anonymous source?
# - The comments under the story cite no sources. Does that matter for a comment?

# %% [markdown] tags=["instructor"]
# **Instructor note: worked discussion.**
#
# - *Who speaks*: seven of twelve paragraphs rest on Chinese government sources (the ministry in 1, 2 and
#   12; Chen Yixin in 6 and 7; a foreign ministry spokesperson in 11; "China" and "Beijing" in 9 and 10).
#   The U.S. view is one paraphrase from "the United States" (4). No independent voice.
# - *Unnamed and vague*: the spokesperson has no name, date or place; "Western nations, most prominently the
#   United States" and "Beijing" stand in for unnamed officials.
# - *Reporter's voice*: paragraphs 3, 5 and 8 state facts with no source; 8 (arrests, Astellas) most needs one.
# - *Practice article*: an eyewitness, an independent named expert, a dated document, the mayor, the company's
#   statement, and one anonymous worker whose anonymity is explained. Ask students to rate both with IMVAIN.
# - *Tracing*: the WeChat post, the law's text and Chen Yixin's magazine article are the originals.

# %% tags=["instructor"]
sourcing.answer_key()

# %% tags=["instructor"]
quiz.answer_key()
