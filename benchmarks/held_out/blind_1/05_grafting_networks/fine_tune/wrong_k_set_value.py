# Misconception: K.set_value on optimizer.lr still works
# Expect: fail
def prepare_fine_tuning(model, extractor):

    from keras import backend as K
    for layer in extractor.layers[1:3]:
        layer.trainable = False
    K.set_value(model.optimizer.lr, 1e-4)
    model.compile(optimizer=keras.optimizers.Adam(1e-4), loss="categorical_crossentropy")
    return model
