# Alternative: Constant initializers, then a separate ReLU layer; names read from the weights.
# Expect: pass
def fold_batchnorm(net):
    kernel = net.get_layer("conv").kernel.numpy()
    bn = net.get_layer("bn")
    values = {v.path.rsplit("/", 1)[-1]: v.numpy() for v in bn.weights}
    scale = values["gamma"] / np.sqrt(values["moving_variance"] + bn.epsilon)
    conv = keras.layers.Conv2D(
        4,
        3,
        padding="same",
        kernel_initializer=keras.initializers.Constant(kernel * scale),
        bias_initializer=keras.initializers.Constant(
            values["beta"] - values["moving_mean"] * scale
        ),
    )
    return keras.Sequential([keras.Input(shape=(8, 8, 3)), conv, keras.layers.Activation("relu")])
