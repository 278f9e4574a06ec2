"""Pipeline definitions; ``mlgate compile`` turns each into ``compiled/<name>.yaml``."""
