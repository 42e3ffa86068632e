# Misconception: freeze the whole model, then unfreeze what should train
# Expect: fail
def prepare_fine_tuning(model, extractor):
    model.trainable = False
    extractor.get_layer("features").trainable = True
    model.layers[-1].trainable = True
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
