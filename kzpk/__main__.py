from kzpk.fastpath import main

main()
