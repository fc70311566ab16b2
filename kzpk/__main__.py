from kzpk.cli import main

main()
