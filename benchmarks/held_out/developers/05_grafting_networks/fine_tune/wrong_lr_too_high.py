# Misconception: 1e-2 is already gentle
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-2), loss="categorical_crossentropy")
    return model
