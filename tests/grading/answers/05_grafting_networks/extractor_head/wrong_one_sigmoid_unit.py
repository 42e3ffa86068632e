# Misconception: a yes/no question needs one sigmoid unit, not the task's Dense(2, softmax)
# (explained by structure, no table entry)
# Expect: fail "Received: +\(None, 1\)[\s\S]*has 1 unit, the task asks for 2"
def build_service_model(base):
    extractor = keras.Model(base.input, base.get_layer("features").output)
    extractor.trainable = False
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(1, activation="sigmoid")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
