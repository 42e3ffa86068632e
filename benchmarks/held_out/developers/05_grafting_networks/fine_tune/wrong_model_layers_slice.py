# Misconception: model.layers[1:3] are the two lowest layers (they are the extractor and the head)
# Expect: fail
def prepare_fine_tuning(model, extractor):
    for layer in model.layers[1:3]:
        layer.trainable = False
    model.compile(optimizer=keras.optimizers.SGD(1e-4), loss="categorical_crossentropy")
    return model
