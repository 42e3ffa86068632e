# Misconception: Keras 2's SGD(lr=...) (explained from Keras's error by keras_errors, no table entry)
# Expect: fail "raised ValueError[\s\S]*refuse Keras 2.s keyword lr=: the rate is given as learning_rate="
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=keras.optimizers.SGD(lr=1e-4), loss="categorical_crossentropy")
    return model
