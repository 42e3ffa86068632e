# Misconception: BatchNormalization must stay trainable to adapt
# Expect: fail
def prepare_fine_tuning(model, extractor):

    extractor.get_layer("hidden").trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
