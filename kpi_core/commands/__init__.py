"""One module per CLI command: add_arguments(p, name), run(args) -> dict, render(out, args) -> str."""
