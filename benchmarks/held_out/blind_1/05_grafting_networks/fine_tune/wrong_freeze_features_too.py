# Misconception: freeze the whole extractor
# Expect: fail
def prepare_fine_tuning(model, extractor):

    extractor.trainable = False
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
