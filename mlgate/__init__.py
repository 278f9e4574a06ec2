"""mlgate: Kubeflow Pipelines components that guard every boundary of an ML pipeline.

The shared runtime lives here (storage URIs, the image lock, the component
helper, compile and run, the CLI); components live in ``components/`` and
pipelines in ``pipelines/``. Importing ``mlgate`` is cheap: heavy dependencies
(kfp, pandas, google-cloud-storage) load where they are used.
"""

from mlgate.errors import CheckFailed, InputError, MlgateError, StorageError

__all__ = ["CheckFailed", "InputError", "MlgateError", "StorageError", "__version__"]

__version__ = "0.1.0"
