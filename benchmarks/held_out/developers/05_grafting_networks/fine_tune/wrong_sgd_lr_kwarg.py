# Misconception: Keras 2's SGD(lr=...)
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(lr=1e-4), loss="categorical_crossentropy")
    return model
