# Alternative: a Sequential of the base's own layers (the same objects), frozen one by one.
# Expect: pass
def build_service_model(base):
    kept = [base.get_layer(name) for name in ("hidden", "norm", "features")]
    for layer in kept:
        layer.trainable = False
    return keras.Sequential(
        [keras.Input(shape=(8,)), *kept, keras.layers.Dense(2, activation="softmax")]
    )
