# Misconception: optimizers still take lr=
# Expect: fail
def prepare_fine_tuning(model, extractor):

    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.Adam(lr=1e-4), loss="categorical_crossentropy")
    return model
