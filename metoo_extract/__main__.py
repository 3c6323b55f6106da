"""Run the command line: python -m metoo_extract."""

from .cli import main

if __name__ == "__main__":
    main(prog_name="metoo-extract")
