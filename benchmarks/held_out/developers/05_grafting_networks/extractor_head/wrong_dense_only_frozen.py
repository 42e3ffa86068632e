# Misconception: only layers with kernels need freezing; BatchNormalization has nothing to learn
# Expect: fail
def build_service_model(base):
    for layer in base.layers:
        if isinstance(layer, keras.layers.Dense):
            layer.trainable = False
    extractor = keras.Model(base.input, base.get_layer("features").output)
    inputs = keras.Input(shape=(8,))
    outputs = keras.layers.Dense(2, activation="softmax")(extractor(inputs, training=False))
    return keras.Model(inputs, outputs)
