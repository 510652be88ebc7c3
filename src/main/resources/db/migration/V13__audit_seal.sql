-- Tamper evidence for the audit trail (issue 15). The append-only trigger of V3_1 stops the application, not
-- someone who holds the owner's account: such a person can drop the trigger and change or delete entries. So every
-- committed entry is sealed after the fact by the sealer (audit/AuditSealer): a link per entry, chained in seal
-- order, hash = SHA-256 over the previous link's hash, the link's position and the entry's fields. A change to an
-- entry, a deleted entry or a deleted link breaks the chain, and audit/AuditChainCheck reports it.
--
-- Entries are written inside the work's own transaction and commit out of id order (ids may also have gaps after
-- a restart), so the chain is built by position, not by id: the positions, not the ids, prove completeness.
create table audit_seal (
    seq            bigint primary key,      -- 1, 2, 3 ... in the order of sealing, without gaps
    entry_id       bigint not null unique references audit_event (id),
    previous_hash  varchar(64) not null,
    hash           varchar(64) not null,
    sealed_at      timestamp with time zone not null
);

-- The one row every sealer locks while it appends (two nodes must not fork the chain), with where the chain ends
-- and the entry id below which every entry is sealed (a sealer only looks above it). Writers of audit entries
-- never touch it, so sealing does not serialise the application's work. The check trusts the links, not this row.
create table audit_seal_head (
    id             integer primary key,
    seq            bigint not null,
    hash           varchar(64) not null,
    floor_entry_id bigint not null
);
insert into audit_seal_head (id, seq, hash, floor_entry_id)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
