import RoundsApp

RoundsCommand.runMain()
