# Misconception: K.set_value(optimizer.lr, ...) becomes optimizer.lr.assign(...): Keras 3's
# optimizers have no lr (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised AttributeError[\s\S]*SGD has no 'lr'"
def prepare_fine_tuning(model, extractor):
    for layer in extractor.layers[1:3]:
        layer.trainable = False
    model.optimizer.lr.assign(1e-4)
    model.compile(optimizer=model.optimizer, loss="categorical_crossentropy")
    return model
