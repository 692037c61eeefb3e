"""Site conditions derived from the coordinates (issue 12): each site model gets its IPCC
climate zone and the record of which values were derived, and from what."""

from django.db import migrations, models

IPCC_ZONES = [('tropical_montane', 'Tropical montane'), ('tropical_wet', 'Tropical wet'), ('tropical_moist', 'Tropical moist'), ('tropical_dry', 'Tropical dry'), ('warm_temperate_moist', 'Warm temperate moist'), ('warm_temperate_dry', 'Warm temperate dry'), ('cool_temperate_moist', 'Cool temperate moist'), ('cool_temperate_dry', 'Cool temperate dry'), ('boreal_moist', 'Boreal moist'), ('boreal_dry', 'Boreal dry'), ('polar_moist', 'Polar moist'), ('polar_dry', 'Polar dry')]
SITE_MODELS = ("experiencereport", "member", "practicepage", "tutorialpage", "videopage")


def site_fields(model_name: str) -> list[migrations.AddField]:
    derived = models.JSONField(
        blank=True, default=dict, editable=False, verbose_name="derived values"
    )
    zone = models.CharField(
        blank=True, choices=IPCC_ZONES, max_length=20, verbose_name="IPCC climate zone"
    )
    return [
        migrations.AddField(model_name=model_name, name="derived", field=derived),
        migrations.AddField(model_name=model_name, name="ipcc_zone", field=zone),
    ]


class Migration(migrations.Migration):
    dependencies = [("practices", "0002_steps_block_moderated_posts")]

    operations = [operation for name in SITE_MODELS for operation in site_fields(name)]
