# Misconception: model.build(input_shape) on a subclassed Model builds the layers it holds (it does not: no build() of its own)
# Expect: fail
def centre_3x3(kernel_1x1):
    out = np.zeros((3, 3) + kernel_1x1.shape[2:], dtype=kernel_1x1.dtype)
    out[1, 1] = kernel_1x1[0, 0]
    return out


class Deployed(keras.Model):
    def __init__(self, channels):
        super().__init__()
        self.conv = keras.layers.Conv2D(channels, 3, padding="same", activation="relu")

    def call(self, x):
        return self.conv(x)


def fuse_repvgg(block):
    k3, b3 = block.get_layer("conv3").get_weights()
    k1, b1 = block.get_layer("conv1").get_weights()
    eye = np.eye(4, dtype="float32")[None, None]
    model = Deployed(4)
    model.build((None, 8, 8, 4))
    model.conv.set_weights([k3 + centre_3x3(k1) + centre_3x3(eye), b1 + b3])
    return model
