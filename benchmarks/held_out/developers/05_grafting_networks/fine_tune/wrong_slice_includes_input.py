# Misconception: extractor.layers[:2] is hidden and norm (it is the InputLayer and hidden)
# Expect: fail
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[:2]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
