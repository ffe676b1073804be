from corpusgate.cli import main

raise SystemExit(main())
