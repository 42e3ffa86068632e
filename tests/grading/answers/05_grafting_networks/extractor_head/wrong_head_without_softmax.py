# Misconception: the loss turns the head's scores into probabilities, so the head needs no
# activation (the task asks for softmax outputs).
# Expect: fail "the head has no activation: the task asks for Dense\(2, activation=.softmax.\)"
def build_service_model(base):
    extractor = keras.Model(base.inputs, base.get_layer("features").output)
    extractor.trainable = False
    readings = keras.Input(shape=(8,))
    return keras.Model(readings, keras.layers.Dense(2)(extractor(readings)))
