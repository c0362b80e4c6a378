# %% [markdown]
# # Start here
#
# Welcome! In these lessons you will read a real news story the way a fact checker does.
# You will look at who wrote it, who is quoted, and what readers said about it.
#
# This page is a **notebook**. It is made of boxes called **cells**.
# Some cells hold text, like this one. Others hold a little code.

# %% [markdown] tags=["instructor"]
# **Instructor note.** This key shows the student notebook plus notes for you.
# Students never see cells like this one: `kit lessons build` leaves them out.
#
# Before class:
#
# - Each student's answers are saved in `lessons/work/<name>/`. The name comes from
#   `KIT_STUDENT`, else the JupyterHub user, else the login name. Set `KIT_WORK_DIR` to
#   keep work somewhere else (a shared drive, say).
# - Set `KIT_SELF_CHECK=off` before starting JupyterLab if students should not see
#   the answers in class. Their answers are still saved.
# - The whole lesson takes about 10 minutes.

# %% [markdown]
# ## How to run a cell
#
# 1. Click on a code cell (the grey boxes).
# 2. Press **Shift + Enter**. The cell runs and the next one is picked.
#
# If the page ever seems stuck, open the **Kernel** menu and pick **Restart Kernel**.
# Then run the cells again from the top. Your answers are saved as you go, so you lose nothing.
#
# Run the cell below. It loads the kit, the set of tools these lessons use.

# %%
import kit

# %% [markdown]
# ## Load a news story
#
# The kit comes with a news story about China. Load it and look at its headline.

# %%
article = kit.load_article("china-counter-espionage")
article.headline

# %% [markdown]
# ## See the whole page
#
# Now show the whole page: the photo caption, the story, and the comments readers wrote under it.
#
# Each sentence has a short name, like `p03s01`. It means paragraph 3, sentence 1.
# Move your mouse over a sentence to see its name. Comments use names like `c05s01`.
#
# The yellow box lists what the kit noticed when it read the page, such as numbers that do not add up.

# %%
kit.show(article)

# %% [markdown]
# ## Try a widget
#
# A **widget** is a small tool inside the notebook: buttons, boxes, sliders.
# Run the cell below. Pick an answer, then press **Check my answer**.
#
# Your answer is saved the moment you pick it. If you close this page and come back, it is still there.

# %%
quiz = kit.activity("start-here")
quiz

# %%
quiz.ask("which-country")

# %% [markdown]
# Now write your own answer in the box. There is no wrong answer here.

# %%
quiz.ask("first-look")

# %% [markdown] tags=["instructor"]
# **Instructor note.** The answers and explanations for this lesson:

# %% tags=["instructor"]
quiz.answer_key()

# %% [markdown]
# ## What's next
#
# Well done! Open **01-anatomy-of-a-news-page** to take the page apart, piece by piece.
