-- Participants (V10) and the year's own tables (V11-V13), which were built side by side: with the participant
-- setting present, each table gets a restrictive policy, as V10 gave every table before them.

-- A participant's feedback is placed in a round of their programme's plan: they read the plan, never write it.
create policy feedback_plan_participant_writes on feedback_plan as restrictive for insert
    with check (acting_participant() = '');
create policy feedback_plan_participant_updates on feedback_plan as restrictive for update
    using (acting_participant() = '');
create policy feedback_plan_participant_deletes on feedback_plan as restrictive for delete
    using (acting_participant() = '');

-- Whether their poor answer raises attention depends on the clearances and announcements of their own matches
-- (the match table's participant policy limits the subquery to those).
create policy attention_clearance_participant on attention_clearance as restrictive using (
    acting_participant() = '' or match_id in (select id from match));
create policy year_announcement_participant on year_announcement as restrictive using (
    acting_participant() = '' or match_id in (select id from match));

create policy outcome_participant on outcome as restrictive using (acting_participant() = '');

-- An event a participant's change fires (match.attention after a poor answer) is queued in their transaction:
-- they read their programme's subscriptions and write the deliveries and their jobs, nothing more. Attempts,
-- and any change to a subscription or a delivery, stay with coordinators and the delivery job.
create policy webhook_participant_writes on webhook as restrictive for insert with check (acting_participant() = '');
create policy webhook_participant_updates on webhook as restrictive for update using (acting_participant() = '');
create policy webhook_participant_deletes on webhook as restrictive for delete using (acting_participant() = '');
create policy webhook_delivery_participant_updates on webhook_delivery as restrictive for update
    using (acting_participant() = '');
create policy webhook_delivery_participant_deletes on webhook_delivery as restrictive for delete
    using (acting_participant() = '');
create policy webhook_attempt_participant on webhook_attempt as restrictive using (acting_participant() = '');

drop policy scheduled_tasks_participant on scheduled_tasks;
create policy scheduled_tasks_participant on scheduled_tasks as restrictive using (
    acting_participant() = '' or task_name = 'webhook-delivery');
