//! Bridge multicast database entries (`RTM_*MDB`): in progress.
