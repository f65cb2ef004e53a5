import RoundsCore
