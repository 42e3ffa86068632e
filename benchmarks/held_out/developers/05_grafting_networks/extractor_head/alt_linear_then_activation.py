# Alternative: a linear Dense(2) followed by an Activation("softmax") layer, cut by index
# Expect: pass
def build_service_model(base):
    names = [layer.name for layer in base.layers]
    extractor = keras.Model(base.input, base.layers[names.index("features")].output)
    for layer in extractor.layers:
        layer.trainable = False
    x = keras.Input(shape=(8,))
    logits = keras.layers.Dense(2)(extractor(x))
    return keras.Model(x, keras.layers.Activation("softmax")(logits))
