# Misconception: set extractor.trainable = True last, to make sure 'features' trains
# Expect: fail
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    extractor.trainable = False
    extractor.trainable = True
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
