# Misconception: Keras 2's layer.output_shape to size the head's input
# Expect: fail
def build_service_model(base):
    features = base.get_layer("features")
    extractor = keras.Model(base.input, features.output)
    extractor.trainable = False
    inputs = keras.Input(shape=features.output_shape[1:])
    head = keras.layers.Dense(2, activation="softmax")
    x = keras.Input(shape=(8,))
    return keras.Model(x, head(extractor(x)))
