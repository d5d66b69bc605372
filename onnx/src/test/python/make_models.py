#!/usr/bin/python3
"""Exports the PyTorch models that the ONNX import tests read, with their inputs and outputs.

Run from the repository root with Debian's python3-torch (1.13) and python3-onnx (1.12):

    /usr/bin/python3 onnx/src/test/python/make_models.py

It writes, for each model NAME, into onnx/src/test/resources/models/:
  NAME.onnx          torch.onnx.export of the model in eval mode (checked by onnx.checker)
  NAME.input.txt     the inputs: a line "rows cols", then one row per line
  NAME.output.txt    PyTorch's outputs (eval mode) for those inputs, same layout

Everything is seeded (torch.manual_seed), so a rerun writes the same numbers. Batch-norm
statistics are set to random values so that they matter. The models cover every op the importer
supports and opsets 11 to 17; "refuse_*" models are ones the importer must refuse.
"""
import io
import os

import onnx
import torch
from torch import nn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "models")


def bn(n, momentum=0.1, eps=1e-5):
    """A BatchNorm1d with random (trained-looking) statistics and affine parameters."""
    layer = nn.BatchNorm1d(n, momentum=momentum, eps=eps)
    with torch.no_grad():
        layer.running_mean.copy_(torch.randn(n) * 0.5)
        layer.running_var.copy_(torch.rand(n) * 1.5 + 0.25)
        layer.weight.copy_(torch.rand(n) + 0.5)
        layer.bias.copy_(torch.randn(n) * 0.2)
    return layer


def prelu(n):
    layer = nn.PReLU(n)
    with torch.no_grad():
        layer.weight.copy_(torch.rand(n) * 0.5)
    return layer


class MatMulAdd(nn.Module):
    """x @ W + b with W stored [in][out]: exported as MatMul followed by Add."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.kernel = nn.Parameter(torch.randn(n_in, n_out) / n_in ** 0.5)
        self.bias = nn.Parameter(torch.randn(n_out) * 0.1)

    def forward(self, x):
        return torch.matmul(x, self.kernel) + self.bias


class AddMm(nn.Module):
    """addmm(b, x, W) with W stored [in][out]: exported as Gemm with transB = 0."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.kernel = nn.Parameter(torch.randn(n_in, n_out) / n_in ** 0.5)
        self.bias = nn.Parameter(torch.randn(n_out) * 0.1)

    def forward(self, x):
        return torch.addmm(self.bias, x, self.kernel)


class Abs(nn.Module):
    def forward(self, x):
        return torch.abs(x)


class Residual(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.fc1 = nn.Linear(n, n)
        self.fc2 = nn.Linear(n, n)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x))) + x


def models():
    """(name, opset, n_inputs, builder, export in training mode for its Dropout node)."""
    return [
        ("mlp_softmax_op11", 11, 8, lambda: nn.Sequential(
            nn.Flatten(), nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 12), nn.Tanh(), nn.Linear(12, 5),
            nn.Softmax(dim=1)), False),
        ("bn_leaky_sigmoid_op12", 12, 7, lambda: nn.Sequential(
            nn.Linear(7, 10), bn(10, momentum=0.2, eps=1e-3), nn.LeakyReLU(0.1), nn.Linear(10, 3), nn.Sigmoid()),
         False),
        ("prelu_elu_bn_op13", 13, 6, lambda: nn.Sequential(
            nn.Linear(6, 9), prelu(9), nn.Linear(9, 8, bias=False), bn(8), nn.ELU(0.7), nn.Linear(8, 2)), False),
        ("selu_shared_prelu_matmul_op14", 14, 5, lambda: nn.Sequential(
            nn.Linear(5, 11), nn.SELU(), nn.Linear(11, 7), prelu(1), MatMulAdd(7, 4), nn.Softmax(dim=-1)), False),
        ("gemm_transb0_sigmoid_elu_op15", 15, 6, lambda: nn.Sequential(
            AddMm(6, 9), nn.Sigmoid(), nn.Linear(9, 5), nn.ELU(), nn.Linear(5, 3)), False),
        ("dropout_op16", 16, 6, lambda: nn.Sequential(
            nn.Linear(6, 10), nn.ReLU(), nn.Dropout(0.3), nn.Linear(10, 4)), True),
        ("bn_fresh_identity_op17", 17, 5, lambda: nn.Sequential(
            nn.Linear(5, 8), nn.BatchNorm1d(8), nn.ReLU(), bn(8), nn.Linear(8, 6), nn.Softmax(dim=1)), False),
        ("refuse_abs_op13", 13, 4, lambda: nn.Sequential(nn.Linear(4, 3), Abs(), nn.Linear(3, 2)), False),
        ("refuse_residual_op13", 13, 4, lambda: Residual(4), False),
    ]


def write_matrix(path, m):
    with open(path, "w") as f:
        f.write("%d %d\n" % tuple(m.shape))
        for row in m.tolist():
            f.write(" ".join("%.9g" % v for v in row) + "\n")


def blobs(generator, rows, centers):
    """Four overlapping Gaussian classes in 10 dimensions: a small task an MLP does not solve perfectly."""
    labels = torch.randint(0, centers.shape[0], (rows,), generator=generator)
    x = centers[labels] + torch.randn(rows, centers.shape[1], generator=generator) * 1.6
    return x, labels


def worked_example():
    """docs/onnx.md's example: an MLP trained in PyTorch, exported with a softmax for inference.

    Writes pytorch_mlp.onnx, its train and test sets (pytorch_mlp.train.txt / .test.txt: features then
    the label in the last column) and PyTorch's probabilities for the test set (pytorch_mlp.output.txt).
    """
    generator = torch.Generator().manual_seed(7)
    centers = torch.randn(4, 10, generator=generator) * 1.5
    x_train, y_train = blobs(generator, 800, centers)
    x_test, y_test = blobs(generator, 200, centers)
    torch.manual_seed(7)
    model = nn.Sequential(nn.Linear(10, 32), nn.BatchNorm1d(32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU(),
                          nn.Linear(16, 4))
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(5):
        order = torch.randperm(800, generator=generator)
        model.train()
        for start in range(0, 800, 32):
            batch = order[start:start + 32]
            optimizer.zero_grad()
            loss = loss_fn(model(x_train[batch]), y_train[batch])
            loss.backward()
            optimizer.step()
    inference = nn.Sequential(model, nn.Softmax(dim=1)).eval()
    with torch.no_grad():
        probabilities = inference(x_test)
    accuracy = (probabilities.argmax(dim=1) == y_test).float().mean().item()
    path = os.path.join(OUT, "pytorch_mlp.onnx")
    torch.onnx.export(inference, x_test[:1], path, opset_version=13, input_names=["input"], output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
    onnx.checker.check_model(onnx.load(path))
    write_matrix(os.path.join(OUT, "pytorch_mlp.train.txt"), torch.cat([x_train, y_train[:, None]], 1).numpy())
    write_matrix(os.path.join(OUT, "pytorch_mlp.test.txt"), torch.cat([x_test, y_test[:, None]], 1).numpy())
    write_matrix(os.path.join(OUT, "pytorch_mlp.output.txt"), probabilities.numpy())
    print("pytorch_mlp opset 13, PyTorch test accuracy %.3f" % accuracy)


def main():
    os.makedirs(OUT, exist_ok=True)
    worked_example()
    for index, (name, opset, n_in, build, training_export) in enumerate(models()):
        torch.manual_seed(1000 + index)
        model = build().eval()
        x = torch.randn(5, n_in)
        with torch.no_grad():
            y = model(x)
        buffer = io.BytesIO()
        mode = torch.onnx.TrainingMode.TRAINING if training_export else torch.onnx.TrainingMode.EVAL
        torch.onnx.export(model, x, buffer, opset_version=opset, training=mode, input_names=["input"],
                          output_names=["output"], dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
        proto = onnx.load_from_string(buffer.getvalue())
        onnx.checker.check_model(proto)
        with open(os.path.join(OUT, name + ".onnx"), "wb") as f:
            f.write(buffer.getvalue())
        write_matrix(os.path.join(OUT, name + ".input.txt"), x.numpy())
        write_matrix(os.path.join(OUT, name + ".output.txt"), y.numpy())
        print(name, "opset", opset, [n.op_type for n in proto.graph.node])


if __name__ == "__main__":
    main()
