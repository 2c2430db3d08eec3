//! Bridge port settings (`IFLA_PROTINFO` / `IFLA_BRPORT_*`): in progress.
