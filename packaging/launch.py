"""The bundled app's entry point: the same command line as ``desktop-crm``."""

from desktop_crm.cli import main

raise SystemExit(main())
