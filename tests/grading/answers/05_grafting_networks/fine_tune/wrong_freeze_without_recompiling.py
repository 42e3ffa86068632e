# Misconception: trainable = False takes effect at once (after the model was compiled
# and trained, it needs compile again: fit reuses the step it traced).
# Expect: fail "so the freeze has no effect"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    return model
