# %% [markdown]
# # Labeling claims
#
# A news story is made of sentences. Each one asks you to believe something, or not.
# Today you will sort the sentences of the story, and then some comments, into kinds.
# Then you will compare your choices with a computer's guesses and with an answer key.
#
# Run each cell in order with **Shift + Enter**. Your labels are saved the moment you pick them.

# %% [markdown] tags=["instructor"]
# **Instructor note.** Goal: students tell a checkable fact from an attributed statement, an opinion
# and a prediction, and learn that the reporter vouches only for attribution, not for what sources say.
# About 45 minutes. Self-check is on unless you start JupyterLab with `KIT_SELF_CHECK=off`;
# with it off, students label without feedback and you go over the key together.
# Each student's labels are in `lessons/work/<name>/china-counter-espionage/claims-body.json`.

# %%
import kit

claims = kit.claims("body")
claims.legend()

# %% [markdown]
# ## Five kinds of statements
#
# Read the table above. Each label has a meaning and an example.
#
# - A **checkable fact** could be proven right or wrong with records or evidence.
# - An **attributed statement** reports what someone said. The reporter only tells you *that* they said it.
# - An **opinion** says what is good or bad. You can argue about it, but you cannot prove it.
# - A **prediction** is about what will or might happen.
# - **Not a claim**: a question, a cry, a joke.
#
# Some sentences fit more than one kind. Pick the best one, and write your reason in the box.

# %% [markdown]
# ## Label the story
#
# 1. Click the sentence in the box below. A blue outline shows the keys are ready.
# 2. Press a number key (1 to 5) or click a label button.
# 3. Press → for the next sentence and ← to go back. Press **U** to undo, **N** to jump to a sentence with no label.
#
# The sentences around the one you are labeling are shown in grey, so you can read it in context.

# %%
claims.labeler()

# %% [markdown]
# ## All your labels at once
#
# Run this cell to see every sentence with your label and your reason.

# %%
claims.overview()

# %% [markdown]
# ## Now some comments
#
# Readers wrote these comments under the story. Label their sentences the same way.
# Is a comment more often a fact, or an opinion?

# %%
comments = kit.claims("comments")
comments.labeler()

# %% [markdown]
# ## Check your work
#
# Press **Check my work** under a labeler to see, for each sentence you labeled, whether the
# answer key agrees. Some sentences have more than one fair answer: those count as *acceptable*.
#
# The score below counts a match as 1 point and an acceptable answer as half a point.
# **Cohen's kappa** tells how much you agree with the key beyond lucky guesses:
# 0 means no better than chance, 1 means full agreement.

# %%
claims.check()

# %% [markdown]
# This chart shows where you and the key agree. The squares on the diagonal are matches.
# A square off the diagonal shows a kind of sentence you labeled another way.

# %%
claims.confusion_figure()

# %% [markdown]
# ## A second opinion from a machine
#
# A computer can guess labels too. This one follows simple rules: a word like "said" means
# *attributed*, "could" means *prediction*, judging words mean *opinion*.
# It also uses **TextBlob**, a tool that scores the tone of a sentence.
# **Subjectivity** goes from 0 (plain tone) to 1 (personal tone).
# **Polarity** goes from -1 (negative) to +1 (positive).

# %%
claims.second_opinion()

# %% [markdown]
# Now put your labels, the machine's and the key's side by side, for the sentences you labeled.

# %%
claims.compare()

# %%
talk = kit.activity("claims-talk")
talk.ask("machine-wrong")

# %%
talk.ask("subjectivity")

# %%
talk.ask("whose-voices")

# %% [markdown] tags=["instructor"]
# **Instructor note: a worked discussion.**
#
# - *Where is the machine wrong?* p04s01: "could" makes it say prediction, but the sentence
#   reports a checkable fact (the law alarmed the U.S.) and paraphrases an unnamed U.S. view.
#   p09s01 and p10s01: "accused" and "rejected" make it say attributed, though the key says these
#   report checkable events. In the comments it calls "Wow, just wow...." not-a-claim (right, by its
#   length) but misses opinions in calm words. The machine agrees with the key on 9 of 12 body
#   sentences and 22 of 36 comment sentences (kappa about 0.54 and 0.46).
# - *Why does attribution matter?* Seven of twelve body sentences rest on Chinese government
#   sources. The reporter vouches that the ministry *said* citizens should report spies, not that
#   it is wise or true. Ask students to find the one sentence that gives the U.S. view (p04s01)
#   and notice it names no one.
# - *Comments*: nearly all opinion, a few checkable claims with no sources (c04s02, c04s05),
#   and a vague attribution ("Many say", c04s07). Votes reward agreement, not accuracy: c09 is
#   voted down to -9 for an opinion, not for a false fact.
# - Accept well-argued alternatives: the key lists the fair ones, and the explanations say why.

# %% [markdown]
# ## Talk about it
#
# - Why does a reporter write "the ministry said" instead of stating the claim as a fact?
# - Which kind of sentence is most common in the story? And in the comments?
# - When the machine was wrong, what did it miss that you noticed?
# - Should a computer ever label news for readers? What could go wrong?

# %% [markdown] tags=["instructor"]
# **Instructor note.** The full key, with the explanation students see when they check:

# %% tags=["instructor"]
claims.answer_key()

# %% tags=["instructor"]
comments.answer_key()

# %% tags=["instructor"]
talk.answer_key()
