# Misconception: two classes means binary_crossentropy
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="binary_crossentropy")
    return model
