from nolan.cli import main

main()
