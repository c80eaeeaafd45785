import sys

from safeguard_desktop.cli import main

sys.exit(main())
