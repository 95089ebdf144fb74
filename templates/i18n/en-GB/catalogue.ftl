### The English (UK) catalogue: the reference every other language's
### catalogue is checked against. A message's id says where it is used.

## About this catalogue: the language's name in itself (the language
## switcher shows it), who translated it, and whether a fluent speaker has
## reviewed it (`yes` or `no`; pages in a language whose catalogue is not
## reviewed say so).
catalogue-language-name = English
catalogue-translator = opcat-press developers
catalogue-reviewed = yes
