# Misconception: BatchNormalization has no weights worth freezing
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
