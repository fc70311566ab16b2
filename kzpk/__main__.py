from kzpk.main import main

main()
