"""mlgate components: each a package with ``logic.py`` (plain Python) and ``component.py`` (KFP)."""

from mlgate.task_process import in_task_process, tune_task_process

# Every task imports its logic from here, so this is the one place a task process is set up.
if in_task_process():
    tune_task_process()
