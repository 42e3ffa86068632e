# Misconception: the "sgd" string gives a small default rate
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    return model
