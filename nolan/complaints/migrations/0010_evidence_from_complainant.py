import re

from django.db import migrations, models


def mark_complainants_files(apps, schema_editor):
    """A case's first files are those sent with it: as many as its "submitted" entry counts."""
    CaseLog = apps.get_model("complaints", "CaseLog")
    Evidence = apps.get_model("complaints", "Evidence")
    for entry in CaseLog.objects.filter(action="submitted"):
        found = re.search(r"\d+", entry.note)
        count = int(found.group()) if found else 0
        if count:
            first = Evidence.objects.filter(complaint_id=entry.complaint_id).order_by("id")
            ids = list(first.values_list("id", flat=True)[:count])
            Evidence.objects.filter(id__in=ids).update(from_complainant=True)


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0009_allegation_summary"),
    ]

    operations = [
        migrations.AddField(
            model_name="evidence",
            name="from_complainant",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(mark_complainants_files, migrations.RunPython.noop),
    ]
