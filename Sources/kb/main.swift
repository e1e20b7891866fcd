import KBCommandLine
import KBContent

KBCommand.main(site: knowledgeBase)
