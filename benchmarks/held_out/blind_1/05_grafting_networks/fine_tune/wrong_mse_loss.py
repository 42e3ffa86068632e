# Misconception: mse is fine for fine-tuning
# Expect: fail
def prepare_fine_tuning(model, extractor):

    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="mse")
    return model
