# Misconception: 0.01 is gentle enough
# Expect: fail
def prepare_fine_tuning(model, extractor):

    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-2), loss="categorical_crossentropy")
    return model
